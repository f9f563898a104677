using System.Text;

namespace InfoGov.Api.Engine.Relay;

/// <summary>Relay global ids: base64 of "TypeName:guid". Opaque to clients; stable across runs.</summary>
public static class GlobalId
{
    public static string Encode(string typeName, Guid id) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{typeName}:{id:N}"));

    public static bool TryDecode(string? globalId, out string typeName, out Guid id)
    {
        typeName = "";
        id = Guid.Empty;
        if (string.IsNullOrEmpty(globalId)) return false;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(globalId));
            var colon = text.IndexOf(':');
            if (colon <= 0 || !Guid.TryParseExact(text[(colon + 1)..], "N", out id)) return false;
            typeName = text[..colon];
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
