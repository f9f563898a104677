using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;

namespace InfoGov.Api.Engine.Paging;

public sealed class PageInfoGraphType : ObjectGraphType<PageInfo>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Description = "Where a page sits in its connection (Relay cursor connections).";
        Field(p => p.HasNextPage).Description("True when items follow this page.");
        Field(p => p.HasPreviousPage).Description("True when items precede this page.");
        Field(p => p.StartCursor, nullable: true).Description("Cursor of the first item of the page; null for an empty page.");
        Field(p => p.EndCursor, nullable: true).Description("Cursor of the last item of the page; null for an empty page.");
        this.ReadableBy(Access.Inherited);
    }
}
