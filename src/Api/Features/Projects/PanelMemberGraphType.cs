using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Features.Policy;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Projects;

public sealed class PanelMemberGraphType : ObjectGraphType<PanelMember>
{
    public PanelMemberGraphType()
    {
        Name = "PanelMember";
        Description = "An expert's seat on a review panel.";
        Field(m => m.IsChair).Description("True for the panel's chair.");
        Field<NonNullGraphType<ExpertGraphType>>("expert").Description("The expert.")
            .Resolve(ctx => ctx.Loaders().ById<Expert>(ctx.Source.ExpertId));
        Field<NonNullGraphType<ReviewPanelGraphType>>("panel").Description("The panel.")
            .Resolve(ctx => ctx.Loaders().ById<ReviewPanel>(ctx.Source.PanelId));
        // Seats are only reached through a panel's members or an expert's seats; which seats a caller
        // finds at all is row visibility (RowVisibility).
        this.ReadableBy(Readers.Government);
    }
}
