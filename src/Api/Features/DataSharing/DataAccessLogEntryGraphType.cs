using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Relay;
using InfoGov.Api.Features.Departments;
using InfoGov.Api.Features.Policy;
using InfoGov.Domain.DataSharing;
using InfoGov.Domain.Departments;

namespace InfoGov.Api.Features.DataSharing;

public sealed class DataAccessLogEntryGraphType : ObjectGraphType<DataAccessLogEntry>
{
    public DataAccessLogEntryGraphType()
    {
        Name = "DataAccessLogEntry";
        Description = "One access to a catalog entry, allowed or refused: who, when, which items, why. Entries are hash-chained per entry.";
        this.IsNode();
        Field(e => e.Sequence).Description("Position in the entry's access log chain, from 1.");
        Field(e => e.AccessedAt).Description("When the data was accessed.");
        Field(e => e.AccessedBy).Description("The user or system that accessed it.");
        Field(e => e.Items).Description("Names of the items read, comma-separated.");
        Field(e => e.Purpose).Description("Purpose stated for the access.");
        Field(e => e.RecordCount).Description("Number of records returned.");
        Field(e => e.RefusalCode, nullable: true).Description("Null for an allowed access; why it was refused otherwise (NOT_GRANTED, GRANT_EXPIRED, NOT_PERMITTED).");
        Field(e => e.PreviousHash).Description("Hash of the previous entry of the chain (64 zeros for the first).");
        Field(e => e.Hash).Description("SHA-256 over this entry's content and the previous hash.");
        Field<SharingGrantGraphType>("grant").ReadableBy(Readers.SharingGrants).Description("The grant the access relied on; null for unconditional entries and accesses refused without one.")
            .Resolve(ctx => ctx.Loaders().ById<SharingGrant>(ctx.Source.GrantId));
        Field<DataResourceGraphType>("resource").Description("The catalog entry accessed.")
            .Resolve(ctx => ctx.Loaders().ById<DataResource>(ctx.Source.ResourceId));
        Field<DepartmentGraphType>("accessor").Description("The department whose user or system accessed.")
            .Resolve(ctx => ctx.Loaders().ById<Department>(ctx.Source.AccessorDepartmentId));
        this.ReadableBy(DataSharingReaders.AccessLogs);
    }
}
