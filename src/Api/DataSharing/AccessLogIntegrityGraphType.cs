using GraphQL.Types;
using InfoGov.Api.Authorization;
using InfoGov.Api.Common;

namespace InfoGov.Api.DataSharing;

public sealed class AccessLogIntegrityGraphType : ObjectGraphType<AccessLogIntegrity>
{
    public AccessLogIntegrityGraphType()
    {
        Name = "AccessLogIntegrity";
        Description = "Whether a catalog entry's access log chain is intact, and where it first breaks if not.";
        Field(i => i.IsIntact).Description("True when every entry's hash and link hold.");
        Field(i => i.Entries).Description("Number of entries verified.");
        Field<IdGraphType>("firstBrokenEntryId").Description("Global id of the first entry whose link does not hold; null when intact.")
            .Resolve(ctx => ctx.Source.FirstBrokenEntryId is { } id ? GlobalId.Encode("DataAccessLogEntry", id) : null);
        Field(i => i.FirstBrokenSequence, nullable: true).Description("Sequence number of that entry.");
        this.ReadableBy(Access.Inherited);
    }
}
