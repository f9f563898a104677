using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Relay;
using InfoGov.Api.Features.Policy;
using InfoGov.Domain.Departments;

namespace InfoGov.Api.Features.Departments;

public sealed class ProgrammeTargetGraphType : ObjectGraphType<ProgrammeTarget>
{
    public ProgrammeTargetGraphType()
    {
        Name = "ProgrammeTarget";
        Description = "What a programme aims at in one year, counted in one unit (e.g. 15 demonstration villages in 2027).";
        this.IsNode();
        Field(t => t.Year).Description("The year.");
        Field(t => t.Unit).Description("What is counted, e.g. demonstration village.");
        Field(t => t.Quantity).Description("How many.");
        Field(t => t.Note, nullable: true).Description("A note, e.g. the range the target stands for.");
        Field(t => t.Version).Description("Optimistic concurrency version.");
        Field<NonNullGraphType<ProgrammeGraphType>>("programme").Description("The programme.")
            .Resolve(ctx => ctx.Loaders().ById<Programme>(ctx.Source.ProgrammeId));
        this.ReadableBy(Readers.Anyone);
    }
}
