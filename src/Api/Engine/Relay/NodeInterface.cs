using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;

namespace InfoGov.Api.Engine.Relay;

public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a global id, refetchable through the root field 'node' (Relay global object identification).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque global id of the object; pass it to 'node' or 'nodes' to fetch the object again.");
        this.ReadableBy(Access.Inherited, fields: Access.Public);
    }
}
