using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Relay;
using InfoGov.Domain.DataSharing;

namespace InfoGov.Api.Features.DataSharing;

public sealed class AccessLogIntegrityGraphType : ObjectGraphType<AccessLogVerification>
{
    public AccessLogIntegrityGraphType()
    {
        Name = "AccessLogIntegrity";
        Description = "Whether a catalog entry's access log chain is intact, and where it first breaks if not.";
        Field(i => i.IsIntact).Description("True when every entry's hash and link hold and the newest entry is the one the chain's head, kept apart from the entries, points at.");
        Field(i => i.Entries).Description("Number of entries verified.");
        Field<IdGraphType>("firstBrokenEntryId").Description("Global id of the first entry whose link does not hold; null when intact.")
            .Resolve(ctx => ctx.Source.FirstBroken is { } entry ? GlobalId.Encode("DataAccessLogEntry", entry.Id) : null);
        Field(i => i.FirstBrokenSequence, nullable: true).Description("Sequence number where the chain first breaks: the first broken entry's, or the first missing one's; null when intact.");
        Field(i => i.AnchoredSequence, nullable: true).Description("Sequence of the newest entry according to the chain's head.");
        Field(i => i.MissingEntries).Description("Entries the head covers that are no longer stored at the end of the log (deleted rows).");
        this.ReadableBy(Access.Inherited);
    }
}
