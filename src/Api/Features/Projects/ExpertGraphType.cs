using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Paging;
using InfoGov.Api.Engine.Relay;
using InfoGov.Api.Features.Departments;
using InfoGov.Api.Features.Policy;
using InfoGov.Domain.Departments;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Projects;

public sealed class ExpertGraphType : ObjectGraphType<Expert>
{
    public ExpertGraphType()
    {
        Name = "Expert";
        Description = "A member of the expert pool that reviews and accepts projects. Who sits on a panel is restricted until its review closes.";
        this.IsNode();
        Field(e => e.Code).Description("Pool code of the expert, e.g. ZJ007.");
        Field(e => e.Name).Description("Full name.");
        Field(e => e.Category).Description("The principal field of expertise (the first of fields): network, software, data, security, finance, engineering or another the office uses.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("fields").Description("Every field the expert is drawn for, the principal one first.")
            .Resolve(ctx => ctx.Source.Fields);
        Field(e => e.RetiredOn, nullable: true).Description("The day the expert was retired from the pool; null while active.");
        Field(e => e.Version).Description("Optimistic concurrency version, for reviseExpert, retireExpert and reinstateExpert.");
        Field(e => e.Title, nullable: true).Description("Professional title.");
        Field(e => e.IsActive).Description("Whether the expert can be drawn for panels.");
        Field<DepartmentGraphType>("affiliation").Description("The department the expert works for; such an expert never sits on that department's panels.")
            .Resolve(ctx => ctx.Loaders().ById<Department>(ctx.Source.AffiliationDepartmentId));
        this.Connection<Expert, PanelMemberGraphType>("panelSeats", "Review panels the expert sat or sits on: closed panels, and open panels the caller sits on too (the office sees all).").ReadableBy(ProjectReaders.ExpertIdentities)
            .ResolveBatched(ctx => ctx.Loaders().Children<PanelMember>(nameof(PanelMember.ExpertId), ctx.Source.Id, m => m.OrderBy(x => x.PanelId)));
        this.ReadableBy(Readers.Government);
    }
}
