using InfoGov.Domain.DataSharing;

namespace InfoGov.Domain.Tests.DataSharing;

public class AccessLogChainTests
{
    private static readonly Guid Resource = Guid.NewGuid();

    private static List<DataAccessLogEntry> Chain(int count)
    {
        var entries = new List<DataAccessLogEntry>();
        var previous = AccessLogChain.Genesis;
        for (var i = 1; i <= count; i++)
        {
            var at = new DateTimeOffset(2026, 11, i, 9, 0, 0, TimeSpan.Zero);
            var hash = AccessLogChain.HashOf(previous, Resource, i, null, null, at, "system", "姓名", "verify", i, null);
            entries.Add(new DataAccessLogEntry
            {
                ResourceId = Resource,
                Sequence = i,
                AccessedAt = at,
                AccessedBy = "system",
                Items = "姓名",
                Purpose = "verify",
                RecordCount = i,
                PreviousHash = previous,
                Hash = hash,
            });
            previous = hash;
        }
        return entries;
    }

    [Fact]
    public void An_untouched_chain_is_intact() => Assert.Null(AccessLogChain.FirstBroken(Chain(5)));

    [Fact]
    public void A_changed_row_is_named()
    {
        var chain = Chain(5);
        var tampered = chain[2];
        chain[2] = new DataAccessLogEntry
        {
            Id = tampered.Id,
            ResourceId = tampered.ResourceId,
            Sequence = tampered.Sequence,
            AccessedAt = tampered.AccessedAt,
            AccessedBy = tampered.AccessedBy,
            Items = tampered.Items,
            Purpose = "something else",
            RecordCount = tampered.RecordCount,
            PreviousHash = tampered.PreviousHash,
            Hash = tampered.Hash,
        };
        Assert.Equal(tampered.Id, AccessLogChain.FirstBroken(chain)!.Id);
    }

    [Fact]
    public void A_removed_row_breaks_the_next_link()
    {
        var chain = Chain(5);
        var next = chain[3];
        chain.RemoveAt(2);
        Assert.Equal(next.Id, AccessLogChain.FirstBroken(chain)!.Id);
    }
}
