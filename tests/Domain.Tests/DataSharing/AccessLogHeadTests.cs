using InfoGov.Domain.DataSharing;

namespace InfoGov.Domain.Tests.DataSharing;

public class AccessLogHeadTests
{
    private static (AccessLogHead Head, List<DataAccessLogEntry> Entries) Chain(int count)
    {
        var head = AccessLogHead.Start(Guid.NewGuid());
        var entries = Enumerable.Range(1, count)
            .Select(i => head.Append(null, Guid.NewGuid(), new DateTimeOffset(2026, 11, i, 9, 0, 0, TimeSpan.Zero), "system", "姓名", "verify", i, null))
            .ToList();
        return (head, entries);
    }

    [Fact]
    public void Appends_link_each_entry_to_the_one_before_and_move_the_head()
    {
        var (head, entries) = Chain(3);
        Assert.Equal([1, 2, 3], entries.Select(e => e.Sequence));
        Assert.Equal(AccessLogChain.Genesis, entries[0].PreviousHash);
        Assert.Equal(entries[1].Hash, entries[2].PreviousHash);
        Assert.Equal((3, entries[2].Hash), (head.Sequence, head.Hash));
        Assert.All(entries, e => Assert.Equal(AccessLogChain.HashOf(e), e.Hash));
        Assert.True(AccessLogChain.Verify(entries, head).IsIntact);
    }

    [Fact]
    public void Entries_cut_off_the_end_still_link_up_but_not_to_the_head()
    {
        var (head, entries) = Chain(5);
        var kept = entries.Take(3).ToList();
        Assert.Null(AccessLogChain.FirstBroken(kept));

        var verification = AccessLogChain.Verify(kept, head);
        Assert.False(verification.IsIntact);
        Assert.Equal((2, 4, 5), (verification.MissingEntries, verification.FirstBrokenSequence!.Value, verification.AnchoredSequence!.Value));
        Assert.Null(verification.FirstBroken);
    }

    [Fact]
    public void An_empty_chain_with_a_moved_head_is_not_intact()
    {
        var (head, _) = Chain(2);
        var verification = AccessLogChain.Verify([], head);
        Assert.False(verification.IsIntact);
        Assert.Equal(2, verification.MissingEntries);
    }

    [Fact]
    public void A_chain_appended_after_its_newest_rows_were_deleted_shows_the_gap()
    {
        var (head, entries) = Chain(4);
        var kept = entries.Take(2).ToList();
        kept.Add(head.Append(null, null, DateTimeOffset.UnixEpoch, "system", "姓名", "verify", 1, null));
        var verification = AccessLogChain.Verify(kept, head);
        Assert.False(verification.IsIntact);
        Assert.Equal(5, verification.FirstBroken!.Sequence);
    }
}
