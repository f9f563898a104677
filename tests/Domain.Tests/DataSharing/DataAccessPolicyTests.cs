using InfoGov.Domain.DataSharing;

namespace InfoGov.Domain.Tests.DataSharing;

public class DataAccessPolicyTests
{
    private static readonly Guid Provider = Guid.NewGuid(), Reader = Guid.NewGuid();
    private static readonly DateOnly Today = new(2026, 11, 20);

    private static DataResource Entry(SharingType sharing, bool published = true)
    {
        var entry = new DataResource
        {
            Code = "R-1",
            Name = "Residents",
            ProviderDepartmentId = Provider,
            Summary = "Who lives where",
            Classification = ResourceClassification.BasicPopulation,
            Format = "CSV",
            UpdateCycle = UpdateCycle.Monthly,
            SharingType = sharing,
            OpenType = OpenType.NotOpen,
            Delivery = DeliveryMethod.Api,
        };
        if (!published) entry.MarkDraft();
        return entry;
    }

    private static DataItem Item(DataResource entry, bool shared = true) => new() { ResourceId = entry.Id, Ordinal = 1, Name = "Name", DataType = "string", IsShared = shared };

    private static SharingGrant Grant(DataResource entry, DateOnly until) =>
        new() { RequestId = Guid.NewGuid(), ResourceId = entry.Id, GranteeDepartmentId = Reader, ValidFrom = new DateOnly(2026, 1, 1), ValidUntil = until };

    [Fact]
    public void The_provider_reads_its_own_entry_and_others_an_unconditional_published_one()
    {
        var draft = Entry(SharingType.Conditional, published: false);
        Assert.Null(DataAccessPolicy.Decide(draft, Provider, [Item(draft)], [], new Dictionary<Guid, IReadOnlySet<Guid>>(), Today).Refusal);
        Assert.Equal("NOT_PERMITTED", DataAccessPolicy.Decide(draft, Reader, [Item(draft)], [], new Dictionary<Guid, IReadOnlySet<Guid>>(), Today).Refusal?.Code);
        var open = Entry(SharingType.Unconditional);
        Assert.Null(DataAccessPolicy.Decide(open, Reader, [Item(open)], [], new Dictionary<Guid, IReadOnlySet<Guid>>(), Today).Refusal);
        var closed = Entry(SharingType.NotShared);
        Assert.Equal("NOT_PERMITTED", DataAccessPolicy.Decide(closed, Reader, [Item(closed)], [], new Dictionary<Guid, IReadOnlySet<Guid>>(), Today).Refusal?.Code);
    }

    [Fact]
    public void A_conditional_entry_needs_a_grant_in_force_covering_every_shared_item_read()
    {
        var entry = Entry(SharingType.Conditional);
        var item = Item(entry);
        Assert.Equal("NOT_GRANTED", DataAccessPolicy.Decide(entry, Reader, [item], [], new Dictionary<Guid, IReadOnlySet<Guid>>(), Today).Refusal?.Code);

        var lapsed = Grant(entry, Today.AddDays(-1));
        Assert.Equal("GRANT_EXPIRED", DataAccessPolicy.Decide(entry, Reader, [item], [lapsed], new Dictionary<Guid, IReadOnlySet<Guid>>(), Today).Refusal?.Code);

        var live = Grant(entry, Today.AddMonths(3));
        var covering = new Dictionary<Guid, IReadOnlySet<Guid>> { [live.Id] = new HashSet<Guid> { item.Id } };
        var granted = DataAccessPolicy.Decide(entry, Reader, [item], [lapsed, live], covering, Today);
        Assert.Equal((live, null), (granted.Grant, granted.Refusal));

        var other = Item(entry);
        Assert.Equal("itemIds", DataAccessPolicy.Decide(entry, Reader, [item, other], [live], covering, Today).Refusal?.Field);
        var unshared = Item(entry, shared: false);
        Assert.Equal("NOT_GRANTED", DataAccessPolicy.Decide(entry, Reader, [unshared], [live],
            new Dictionary<Guid, IReadOnlySet<Guid>> { [live.Id] = new HashSet<Guid> { unshared.Id } }, Today).Refusal?.Code);
    }
}
