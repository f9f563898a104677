using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;

namespace InfoGov.Api.Features.DataSharing;

public sealed class DataAccessReceiptGraphType : ObjectGraphType<DataAccessReceipt>
{
    public DataAccessReceiptGraphType()
    {
        Name = "DataAccessReceipt";
        Description = "The accessing department's receipt for an access it recorded. The log itself is read by the provider and the office.";
        Field(r => r.Sequence).Description("Position of the access in the catalog entry's access log.");
        Field(r => r.AccessedAt).Description("When the access was recorded.");
        Field(r => r.Items).Description("Names of the items read, comma-separated.");
        Field(r => r.Hash).Description("Hash of the log entry, chained to the entries before it.");
        this.ReadableBy(Access.Inherited);
    }
}
