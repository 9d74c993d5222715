using CivilAffairs.Gazetteer.Api.GraphQL.Types;
using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.Workflow;

/// <summary>A Relay edge over <see cref="Page{T}"/>; each list names its own (ProposalEdge, PoiEdge, ...).</summary>
internal abstract class PageEdgeGraphType<TNode, TNodeGraphType> : ObjectGraphType<PageEdge<TNode>>
    where TNodeGraphType : IGraphType
{
    protected PageEdgeGraphType(string name, string what)
    {
        Name = name;
        Description = $"{what} in a page, with its cursor.";
        Field<NonNullGraphType<TNodeGraphType>>("node").Description($"The {what.ToLowerInvariant()}.").Resolve(c => c.Source.Node);
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("An opaque cursor: pass it as after to continue right after this item.").Resolve(c => c.Source.Cursor);
    }
}

/// <summary>A Relay connection over <see cref="Page{T}"/>, keyset-paged.</summary>
internal abstract class PageConnectionGraphType<TNode, TEdgeGraphType> : ObjectGraphType<Page<TNode>>
    where TEdgeGraphType : IGraphType
{
    protected PageConnectionGraphType(string name, string what)
    {
        Name = name;
        Description = $"A page of {what}, in a stable order.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TEdgeGraphType>>>>("edges")
            .Description("The items of the page with their cursors.")
            .Resolve(c => c.Source.Items.Select(i => new PageEdge<TNode>(i, c.Source.CursorOf(i))).ToList());
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo")
            .Description("Where the page stands in the whole list.")
            .Resolve(c => new PageInfo(c.Source.HasNextPage, false,
                c.Source.Items.Count == 0 ? null : c.Source.CursorOf(c.Source.Items[0]),
                c.Source.Items.Count == 0 ? null : c.Source.CursorOf(c.Source.Items[^1])));
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description($"How many {what} match the filter in all.").Resolve(c => c.Source.TotalCount);
    }
}
