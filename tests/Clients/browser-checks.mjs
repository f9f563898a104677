// Drives a real Chromium (playwright-core with the system's browser) against the API running as a
// process: GraphiQL at /graphql, a portal page on another origin reading through CORS, and a page
// on an origin the API does not allow. Prints one JSON line of findings for BrowserTests to check.
// Environment: API_URL (…/graphql), TOKEN (a government user's), ALLOWED_PORT, REFUSED_PORT, CHROMIUM.
import http from 'node:http';
import { chromium } from 'playwright-core';

const api = process.env.API_URL;
const token = process.env.TOKEN;
const findings = {};

// A portal page: anonymous data first, then restricted data with the token; whatever the browser
// lets the page read (or the error it gets) is left in window.results.
const portal = `<!doctype html><meta charset="utf-8"><title>portal</title><script>
window.results = (async () => {
  const ask = async (query, headers) => {
    try {
      const response = await fetch(${JSON.stringify(api)}, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
      return { status: response.status, body: await response.json(), correlation: response.headers.get('X-Correlation-Id') };
    } catch (e) { return { error: String(e) }; }
  };
  return {
    anonymous: await ask('{ projects(first: 2) { nodes { code } } }', {}),
    withToken: await ask('{ me { roles department } specialFund(year: 2026) { cap { amount } } }', { Authorization: 'Bearer ${token}' }),
  };
})();
</script>`;

function serve(port) {
  const server = http.createServer((request, response) => { response.setHeader('Content-Type', 'text/html; charset=utf-8'); response.end(portal); });
  return new Promise(resolve => server.listen(port, '127.0.0.1', () => resolve(server)));
}

const servers = [await serve(Number(process.env.ALLOWED_PORT)), await serve(Number(process.env.REFUSED_PORT))];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  const offsite = [];
  page.on('request', request => { if (!request.url().startsWith(new URL(api).origin)) offsite.push(request.url()); });
  const consoleErrors = [];
  page.on('console', message => { if (message.type() === 'error') consoleErrors.push(message.text()); });

  // GraphiQL: the page loads from the API alone.
  const navigation = await page.goto(api + '?query=' + encodeURIComponent('{ me { roles department } }'));
  findings.ideStatus = navigation.status();
  findings.ideContentType = navigation.headers()['content-type'];
  await page.locator('.graphiql-container').waitFor({ timeout: 30000 });

  // Paste the token into the Headers tab, as the README says, then re-fetch the schema and run the query.
  await page.getByText('Headers', { exact: true }).click();
  const headers = page.locator('.graphiql-editor-tool .graphiql-editor').last();
  await headers.click();
  await page.keyboard.type(`{"Authorization": "Bearer ${token}"}`);
  await page.waitForTimeout(500); // the editor hands its text on after a short debounce
  const introspection = page.waitForResponse(r => r.request().method() === 'POST' && (r.request().postData() || '').includes('IntrospectionQuery')
    && (r.request().headers()['authorization'] || '').startsWith('Bearer '));
  await page.locator('[aria-label="Re-fetch GraphQL schema"]').click();
  const schema = await (await introspection).json();
  findings.introspectionErrors = schema.errors || [];
  await page.locator('.graphiql-execute-button').click();
  await page.locator('.graphiql-response').getByText('Gov.CommitteeOffice').first().waitFor({ timeout: 30000 });
  findings.ideResponse = await page.locator('.graphiql-response').innerText();

  // The schema came through introspection: the documentation explorer lists the root query's fields.
  await page.locator('[aria-label="Show Documentation Explorer"]').click();
  await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().click();
  await page.locator('.graphiql-doc-explorer').getByText('specialFund', { exact: true }).first().waitFor({ timeout: 30000 });
  findings.ideIntrospected = true;
  findings.ideOffsiteRequests = offsite;
  findings.ideConsoleErrors = consoleErrors;

  for (const [name, port] of [['allowed', process.env.ALLOWED_PORT], ['refused', process.env.REFUSED_PORT]]) {
    const portalPage = await browser.newPage();
    await portalPage.goto(`http://127.0.0.1:${port}/`);
    findings[name] = await portalPage.evaluate(() => window.results);
    await portalPage.close();
  }
} finally {
  await browser.close();
  servers.forEach(server => server.close());
}
console.log(JSON.stringify(findings));
