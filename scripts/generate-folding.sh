#!/usr/bin/env bash
# Regenerates the traditional→simplified folding table that the analyzers use.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
./mvnw -q dependency:get -Dartifact=com.ibm.icu:icu4j:77.1
jar=~/.m2/repository/com/ibm/icu/icu4j/77.1/icu4j-77.1.jar
"$JAVA_HOME/bin/java" -cp "$jar" scripts/GenerateFolding.java indexer/src/main/resources/govsearch/analysis/traditional-simplified.txt
