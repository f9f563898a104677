using InfoGov.Domain.Common;

namespace InfoGov.Domain.Tests.Common;

public class AuditEntryTests
{
    private static AuditEntry With(string details, string actor) => new()
    {
        OccurredAt = DateTimeOffset.UnixEpoch,
        ActorObjectId = "",
        ActorName = actor,
        Action = "x",
        EntityType = "x",
        Outcome = AuditOutcome.Refused,
        CorrelationId = "c",
        Details = details,
    };

    [Fact]
    public void Long_values_are_cut_to_their_column_and_say_how_long_they_were()
    {
        var entry = With(new string('x', 10_000), new string('n', 500));
        Assert.Equal(AuditEntry.MaxDetails, entry.Details!.Length);
        Assert.EndsWith("[truncated: 10000 characters]", entry.Details);
        Assert.Equal(200, entry.ActorName.Length);
    }

    [Fact]
    public void Short_values_are_kept_as_they_are() => Assert.Equal("refused", With("refused", "a").Details);
}
