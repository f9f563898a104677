using GraphQL.Types;
using InfoGov.Api.Common;
using InfoGov.Api.Common.Loading;
using InfoGov.Domain.DataSharing;
using InfoGov.Api.Authorization;

namespace InfoGov.Api.DataSharing;

public sealed class DataAccessLogEntryGraphType : ObjectGraphType<DataAccessLogEntry>
{
    public DataAccessLogEntryGraphType()
    {
        Name = "DataAccessLogEntry";
        Description = "One access to a resource under a grant: who, when, which items, why.";
        this.IsNode();
        Field(e => e.AccessedAt).Description("When the data was accessed.");
        Field(e => e.AccessedBy).Description("The user or system that accessed it.");
        Field(e => e.Items).Description("Names of the items read, comma-separated.");
        Field(e => e.Purpose).Description("Purpose stated for the access.");
        Field(e => e.RecordCount).Description("Number of records returned.");
        Field<NonNullGraphType<SharingGrantGraphType>>("grant").Description("The grant the access was made under.")
            .Resolve(ctx => ctx.Loaders().ById<SharingGrant>(ctx.Source.GrantId));
        this.ReadableBy(Readers.AccessLogs, except: new() { [Readers.SharingGrants] = ["grant"] });
    }
}
