using System.Globalization;
using System.Text.Json;
using GraphQL;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Errors;
using InfoGov.Api.Engine.RateLimiting;
using InfoGov.Domain.DataSharing;
using InfoGov.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.Export;

/// <summary>
/// <c>GET /export/access-log/{code}.json?from=&amp;to=</c> (from 1 and up to the newest checkpoint by default): a range of a catalog entry's access log with the signed
/// checkpoints that cover it and the public keys that signed them, for a third party (an auditor, a court) to check
/// offline with docs/access-log/verify-access-log.mjs. Readable by those who may read the entry's access log: the
/// caller's right is asked of the schema itself (<c>dataResource { accessLog }</c>), so 401/403 follow the same rule.
/// </summary>
public static class AccessLogExport
{
    public const string Format = "infogov-access-log-export/1";
    /// <summary>At most this many entries in one export; ask for the next range after it.</summary>
    public const int MaxEntries = 10_000;

    private const string Check = "query($c: String!) { dataResource(code: $c) { accessLog(first: 1) { totalCount } } }";

    public static IEndpointRouteBuilder MapAccessLogExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/export/access-log/{code}.json", async (string code, int? from, int? to, HttpContext http, CallerQuery query,
            IGraphQLTextSerializer serializer, RequestRateLimiter rateLimiter, InfoGovDbContext db) =>
        {
            if (!(await rateLimiter.TakeAsync(http, 1)).Granted)
                return CsvExportEndpoint.Problem(StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited, RequestRateLimiter.RefusalMessage);
            var first = from ?? 1;
            if (first < 1 || to < first || to - first >= MaxEntries)
                return CsvExportEndpoint.Problem(StatusCodes.Status400BadRequest, ErrorCodes.InvalidArgument,
                    $"Give a range from 1 up, 'to' not before 'from', at most {MaxEntries} entries.");
            var allowed = await query.RunAsync(http, Check, new() { ["c"] = code });
            if (AccessDeniedError.StatusOf(allowed.Errors) is { } status)
            {
                var error = allowed.Errors!.First();
                return CsvExportEndpoint.Problem(status, error.Code ?? ErrorCodes.NotAuthorized, error.Message);
            }
            using var answer = JsonDocument.Parse(serializer.Serialize(allowed));
            var found = answer.RootElement.TryGetProperty("data", out var data) && data.GetProperty("dataResource").ValueKind == JsonValueKind.Object;
            var resource = found ? await db.DataResources.AsNoTracking().Where(r => r.Code == code).Select(r => new { r.Id, r.Code }).SingleOrDefaultAsync(http.RequestAborted) : null;
            if (resource is null)
                return CsvExportEndpoint.Problem(StatusCodes.Status404NotFound, "NOT_FOUND", $"No catalog entry has the code '{code}'.");
            // The entry is seen, its log is not (another department's entry): refused as the log field is.
            if (allowed.Errors is { Count: > 0 } || data.GetProperty("dataResource").GetProperty("accessLog").ValueKind != JsonValueKind.Object)
                return CsvExportEndpoint.Problem(StatusCodes.Status403Forbidden, ErrorCodes.NotAuthorized,
                    allowed.Errors?.FirstOrDefault()?.Message ?? "The access log of this entry is for its provider's data steward and leader, and the office.");
            var last = to ?? Math.Min(first + MaxEntries - 1, await db.AccessLogCheckpoints.Where(c => c.ResourceId == resource.Id)
                .Select(c => (int?)c.Sequence).MaxAsync(http.RequestAborted) ?? first - 1);
            var entries = await db.DataAccessLog.AsNoTracking().Where(e => e.ResourceId == resource.Id && e.Sequence >= first && e.Sequence <= last)
                .OrderBy(e => e.Sequence).ToListAsync(http.RequestAborted);
            // The checkpoints inside the range: each anchors the entries up to it (a later one, outside, would need the
            // entries between to be exported too).
            var checkpoints = await db.AccessLogCheckpoints.AsNoTracking().Where(c => c.ResourceId == resource.Id && c.Sequence >= first && c.Sequence <= last)
                .OrderBy(c => c.Sequence).ToListAsync(http.RequestAborted);
            var keyIds = checkpoints.Select(c => c.KeyId).Distinct().ToList();
            var keys = await db.CheckpointKeys.AsNoTracking().Where(k => keyIds.Contains(k.KeyId)).OrderBy(k => k.KeyId).ToListAsync(http.RequestAborted);
            http.Response.Headers.CacheControl = "private, no-store";
            return Results.Json(new
            {
                format = Format,
                resource = new { id = resource.Id.ToString("N"), code = resource.Code },
                from = first,
                to = entries.Count == 0 ? first - 1 : entries[^1].Sequence,
                entries = entries.Select(e => new
                {
                    sequence = e.Sequence,
                    grantId = e.GrantId?.ToString("N"),
                    accessorDepartmentId = e.AccessorDepartmentId?.ToString("N"),
                    accessedAt = e.AccessedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
                    accessedAtTicks = e.AccessedAt.UtcTicks.ToString(CultureInfo.InvariantCulture),
                    accessedBy = e.AccessedBy,
                    items = e.Items,
                    purpose = e.Purpose,
                    recordCount = e.RecordCount,
                    refusalCode = e.RefusalCode,
                    previousHash = e.PreviousHash,
                    hash = e.Hash,
                }),
                checkpoints = checkpoints.Select(c => new
                {
                    sequence = c.Sequence,
                    hash = c.Hash,
                    signedAt = c.SignedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
                    keyId = c.KeyId,
                    signature = c.Signature,
                    payloadFormat = AccessLogCheckpoint.Format,
                }),
                keys = keys.Select(k => new { keyId = k.KeyId, algorithm = "ECDSA P-256 SHA-256 (IEEE P1363)", publicKeyPem = k.PublicKeyPem }),
            });
        }).AddEndpointFilter<RefusedTokenFilter>();
        return endpoints;
    }
}
