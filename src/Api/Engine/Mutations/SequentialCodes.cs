using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Engine.Mutations;

/// <summary>Human-readable sequential codes such as XM-2026-007 and GX-2026-042: a prefix with the year
/// and the next three-digit number after the highest one in use. Two mutations racing for the same
/// number collide on the code's unique index and one is refused with CONFLICT.</summary>
public static class SequentialCodes
{
    public static async Task<string> NextAsync(IQueryable<string> codesInUse, string prefix, CancellationToken ct)
    {
        var codes = await codesInUse.Where(c => c.StartsWith(prefix)).ToListAsync(ct);
        var next = codes.Select(c => int.TryParse(c[prefix.Length..], out var n) ? n : 0).DefaultIfEmpty(0).Max() + 1;
        return $"{prefix}{next:000}";
    }
}
