using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Relay;
using InfoGov.Api.Features.Departments;
using InfoGov.Api.Features.Policy;
using InfoGov.Api.Features.Shared;
using InfoGov.Domain.DataSharing;
using InfoGov.Domain.Departments;

namespace InfoGov.Api.Features.DataSharing;

public sealed class DataDisputeGraphType : ObjectGraphType<DataDispute>
{
    public DataDisputeGraphType()
    {
        Name = "DataDispute";
        Description = "A challenge of a record's correctness in a catalog entry; the provider answers within 5 working days (configurable).";
        this.IsNode();
        Field(d => d.RecordReference).Description("Which record is disputed.");
        Field(d => d.Description).Description("What is wrong with it.");
        Field(d => d.RaisedOn).Description("When the dispute was raised.");
        Field(d => d.AnswerDueOn).Description("The provider answers by this date (working days on the configured calendar).");
        Field(d => d.Answer, nullable: true).Description("The provider's answer; null while open.");
        Field(d => d.AnsweredAt, nullable: true).Description("When the provider answered.");
        Field(d => d.Version).Description("Concurrency version; changes with every edit.");
        Field<NonNullGraphType<BooleanGraphType>>("isOverdue").Description("True when unanswered after its due date.")
            .Resolve(ctx => ctx.Source.IsOverdue(ctx.Clock().Today));
        Field<DataResourceGraphType>("resource").Description("The catalog entry disputed.")
            .Resolve(ctx => ctx.Loaders().ById<DataResource>(ctx.Source.ResourceId));
        Field<DepartmentGraphType>("raisedBy").Description("The department that raised the dispute.")
            .Resolve(ctx => ctx.Loaders().ById<Department>(ctx.Source.RaisedByDepartmentId));
        this.ReadableBy(Readers.Government);
    }
}
