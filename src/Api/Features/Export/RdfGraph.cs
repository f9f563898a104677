using System.Globalization;
using System.Text;
using System.Text.Json;

namespace InfoGov.Api.Features.Export;

/// <summary>An RDF object: an IRI, or a literal with a language or a datatype.</summary>
public sealed record RdfTerm(string Value, bool IsIri, string? Language = null, string? Datatype = null)
{
    public static RdfTerm Iri(string iri) => new(iri, true);
    public static RdfTerm Text(string text, string language) => new(text, false, Language: language);
    public static RdfTerm Plain(string text) => new(text, false);
    public static RdfTerm Date(DateOnly date) => new(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), false, Datatype: "http://www.w3.org/2001/XMLSchema#date");
}

/// <summary>
/// A small RDF graph of IRI subjects (no blank nodes), written as Turtle or as JSON-LD (one node
/// object per subject under <c>@graph</c>, with an inline context, so a consumer needs nothing from
/// the network). Both forms carry exactly the same triples. Hand-written because no RDF library is
/// in the package registry reached here; swap it for one when there is.
/// </summary>
public sealed class RdfGraph(IReadOnlyDictionary<string, string> prefixes)
{
    public const string RdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

    private readonly List<(string Subject, string Predicate, RdfTerm Object)> _triples = [];

    /// <summary>Adds a triple; a null value (an optional property without one) adds nothing.</summary>
    public RdfGraph Add(string subject, string predicate, RdfTerm? value)
    {
        if (value is not null) _triples.Add((subject, Expand(predicate), value.IsIri ? value with { Value = Expand(value.Value) } : value));
        return this;
    }

    public int Count => _triples.Count;

    public string ToTurtle()
    {
        var turtle = new StringBuilder();
        foreach (var (prefix, ns) in prefixes) turtle.Append(CultureInfo.InvariantCulture, $"@prefix {prefix}: <{ns}> .\n");
        foreach (var subject in _triples.GroupBy(t => t.Subject))
        {
            turtle.Append('\n').Append(TurtleIri(subject.Key));
            var predicates = subject.GroupBy(t => t.Predicate).ToList();
            for (var i = 0; i < predicates.Count; i++)
            {
                var predicate = predicates[i].Key == RdfType ? "a" : TurtleIri(predicates[i].Key);
                turtle.Append(i == 0 ? " " : " ;\n    ").Append(predicate).Append(' ')
                    .AppendJoin(", ", predicates[i].Select(t => TurtleObject(t.Object)));
            }
            turtle.Append(" .\n");
        }
        return turtle.ToString();
    }

    public string ToJsonLd()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartObject("@context");
            foreach (var (prefix, ns) in prefixes) json.WriteString(prefix, ns);
            json.WriteEndObject();
            json.WriteStartArray("@graph");
            foreach (var subject in _triples.GroupBy(t => t.Subject))
            {
                json.WriteStartObject();
                json.WriteString("@id", subject.Key);
                foreach (var predicate in subject.GroupBy(t => t.Predicate))
                {
                    if (predicate.Key == RdfType)
                    {
                        json.WriteStartArray("@type");
                        foreach (var type in predicate) json.WriteStringValue(Compact(type.Object.Value));
                        json.WriteEndArray();
                        continue;
                    }
                    json.WriteStartArray(Compact(predicate.Key));
                    foreach (var (_, _, value) in predicate)
                    {
                        json.WriteStartObject();
                        if (value.IsIri) json.WriteString("@id", value.Value);
                        else
                        {
                            json.WriteString("@value", value.Value);
                            if (value.Language is { } language) json.WriteString("@language", language);
                            if (value.Datatype is { } datatype) json.WriteString("@type", datatype);
                        }
                        json.WriteEndObject();
                    }
                    json.WriteEndArray();
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private string Expand(string name)
    {
        var colon = name.IndexOf(':');
        return colon > 0 && prefixes.TryGetValue(name[..colon], out var ns) ? ns + name[(colon + 1)..] : name;
    }

    private string Compact(string iri)
    {
        foreach (var (prefix, ns) in prefixes)
            if (iri.StartsWith(ns, StringComparison.Ordinal) && IsLocalName(iri[ns.Length..])) return prefix + ":" + iri[ns.Length..];
        return iri;
    }

    private string TurtleIri(string iri) => Compact(iri) is var compact && compact != iri ? compact : "<" + iri + ">";

    private static bool IsLocalName(string local) => local.Length > 0 && char.IsAsciiLetter(local[0]) && local.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    private string TurtleObject(RdfTerm value)
    {
        if (value.IsIri) return TurtleIri(value.Value);
        var text = new StringBuilder("\"");
        foreach (var c in value.Value)
            text.Append(c switch { '\\' => "\\\\", '"' => "\\\"", '\n' => "\\n", '\r' => "\\r", '\t' => "\\t", _ => c.ToString() });
        text.Append('"');
        if (value.Language is { } language) text.Append('@').Append(language);
        if (value.Datatype is { } datatype) text.Append("^^").Append(TurtleIri(datatype));
        return text.ToString();
    }
}
