/**
 * Reading one report page: bytes → text ({@link govsearch.crawler.page.PageCharset}), the page's
 * main content by site rule or by text density ({@link govsearch.crawler.page.SiteRules},
 * {@link govsearch.crawler.page.MainContent}), plain text one paragraph a line
 * ({@link govsearch.crawler.page.BlockText}), and one source per 篇 ({@link govsearch.crawler.page.ReportSplitter}).
 * A government portal's 政府信息公开 table is read by its labels ({@link govsearch.crawler.page.DisclosureTable}),
 * and the list pages its pager script implies by the script's words ({@link govsearch.crawler.page.ScriptPager}).
 * {@link govsearch.crawler.page.Pages} is the entry point.
 */
package govsearch.crawler.page;
