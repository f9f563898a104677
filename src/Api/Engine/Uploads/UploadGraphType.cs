using GraphQL.Types;
using GraphQLParser.AST;

namespace InfoGov.Api.Engine.Uploads;

/// <summary>
/// The <c>Upload</c> scalar of the GraphQL multipart request specification: a file sent as a part of a
/// multipart/form-data request and mapped into the operation's variables (<see cref="MultipartRequest"/>).
/// It has no literal form and is never sent back.
/// </summary>
public sealed class UploadGraphType : ScalarGraphType
{
    public UploadGraphType()
    {
        Name = "Upload";
        Description = "A file uploaded with the GraphQL multipart request specification (what Apollo's and urql's upload clients send): a multipart/form-data POST with 'operations', 'map' and one part per file. Usable only as a variable.";
    }

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        IFormFile file => file,
        _ => ThrowValueConversionError(value),
    };

    public override object? ParseLiteral(GraphQLValue value) => value is GraphQLNullValue ? null : ThrowLiteralConversionError(value,
        "an Upload is a file part of a multipart request, mapped to a variable; it has no literal form");

    public override bool CanParseLiteral(GraphQLValue value) => value is GraphQLNullValue;

    public override object? Serialize(object? value) => throw new InvalidOperationException("An Upload is input only.");
}
