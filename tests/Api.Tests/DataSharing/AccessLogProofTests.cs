using System.Net;
using System.Text;
using InfoGov.Api.Engine.Authentication;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;
using Microsoft.AspNetCore.Hosting;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace InfoGov.Api.Tests.DataSharing;

/// <summary>
/// An access-log range exported with its signed checkpoints verifies offline with the documented verifier
/// (docs/access-log/verify-access-log.mjs, plain Node.js), and fails it after one byte of an entry is changed or an
/// entry is left out.
/// </summary>
public sealed class AccessLogProofTests(AccessLogProofTests.Host host) : IClassFixture<AccessLogProofTests.Host>
{
    /// <summary>A host of its own that signs the chains every second.</summary>
    public sealed class Host : InfoGovApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("DataSharing:CheckpointInterval", "00:00:01");
        }
    }

    private static readonly string Verifier = Path.Combine(RepositoryRoot.Path, "docs", "access-log", "verify-access-log.mjs");

    [Fact]
    public async Task An_exported_range_verifies_offline_and_one_changed_byte_or_a_missing_entry_fails_it()
    {
        // Three accesses under an active grant, by the grantee's exchange system.
        var grant = (await host.OfficeClient().PostQueryAsync("""
            { sharingRequests(first: 100, filter: { statuses: [APPROVED] }) { nodes { grant { isActive grantee { code } resource { code provider { code } } items { nodes { id } } } } } }
            """)).AssertNoErrors().Data["sharingRequests"]!["nodes"]!.Select(n => n["grant"]!).First(g => (bool)g["isActive"]!);
        var code = (string)grant["resource"]!["code"]!;
        var system = host.CreateClient();
        system.DefaultRequestHeaders.Authorization = new("Bearer", host.Token(new TokenRequest([Roles.DataExchange], (string)grant["grantee"]!["code"]!, IsApp: true) { Name = "exchange" }));
        var items = grant["items"]!["nodes"]!.Select(i => (string)i["id"]!).ToList();
        var last = 0;
        foreach (var purpose in new[] { "核验申请人身份", "核验营业执照", "核验社保缴纳" })
            last = (int)(await system.PostQueryAsync("mutation($i: RecordDataAccessInput!) { recordDataAccess(input: $i) { dataAccessReceipt { sequence } errors { code } } }",
                new { i = new { resourceCode = code, itemIds = items, purpose, recordCount = 1 } })).AssertNoErrors().Data["recordDataAccess"]!["dataAccessReceipt"]!["sequence"]!;

        // The provider's steward exports the chain once a checkpoint covers the last access (signed within seconds).
        var steward = host.ClientAs((string)grant["resource"]!["provider"]!["code"]!, Roles.DataSteward);
        JObject export = [];
        var raw = "";
        for (var attempt = 0; attempt < 60; attempt++)
        {
            var response = await steward.GetAsync($"/export/access-log/{code}.json");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            raw = await response.Content.ReadAsStringAsync();
            export = Parse(raw);
            if ((int)export["to"]! >= last) break;
            await Task.Delay(500);
        }
        Assert.True((int)export["to"]! >= last, export.ToString());
        Assert.Equal(1, (int)export["from"]!);
        Assert.NotEmpty(export["checkpoints"]!);
        Assert.Single(export["keys"]!);

        var directory = Directory.CreateTempSubdirectory("infogov-proof-").FullName;
        try
        {
            var (verified, output) = await VerifyAsync(directory, "export.json", raw);
            Assert.True(verified == 0, output);
            Assert.StartsWith($"VERIFIED {code} entries 1-{export["to"]}", output.Trim());

            // One byte of one entry's purpose changed: that entry is reported altered.
            var tampered = raw;
            var target = "\"purpose\":\"核验营业执照\"";
            Assert.Contains(target, tampered);
            var bytes = Encoding.UTF8.GetBytes(tampered);
            // The last byte of the purpose's last character (before the closing quote): flipped, still valid UTF-8, another character.
            var at = Encoding.UTF8.GetByteCount(tampered[..(tampered.IndexOf(target, StringComparison.Ordinal) + target.Length - 1)]) - 1;
            bytes[at] ^= 0x01;
            var (alteredExit, altered) = await VerifyAsync(directory, "altered.json", Encoding.UTF8.GetString(bytes));
            Assert.Equal(1, alteredExit);
            Assert.Contains("was altered", altered);

            // One entry left out: the gap is reported.
            var missing = (JObject)export.DeepClone();
            ((JArray)missing["entries"]!).RemoveAt(1);
            var (gapExit, gap) = await VerifyAsync(directory, "missing.json", missing.ToString());
            Assert.Equal(1, gapExit);
            Assert.Contains("entry 2 missing", gap);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }

        // Those who may not read the log may not export it.
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.CreateClient().GetAsync($"/export/access-log/{code}.json")).StatusCode);
        var other = (string)grant["resource"]!["provider"]!["code"]! == "GAJ" ? "WJW" : "GAJ";
        Assert.Equal(HttpStatusCode.Forbidden, (await host.ClientAs(other, Roles.DataSteward).GetAsync($"/export/access-log/{code}.json")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await steward.GetAsync($"/export/access-log/{code}.json?from=5&to=2")).StatusCode);
    }

    /// <summary>The export as JSON, its strings left as they are (a time reformatted would no longer be the signed one).</summary>
    private static JObject Parse(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
        return JObject.Load(reader);
    }

    private static async Task<(int Exit, string Output)> VerifyAsync(string directory, string name, string content)
    {
        var file = Path.Combine(directory, name);
        await File.WriteAllTextAsync(file, content);
        return await NodeClients.RunAsync("node", $"\"{Verifier}\" \"{file}\"");
    }
}
