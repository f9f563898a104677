using System.Security.Cryptography;
using System.Text;

namespace InfoGov.Infrastructure.Persistence.Seeding;

/// <summary>Entra ID object ids of the demo data's people, derived from their codes so that a
/// development token can be minted for a known demo expert (and without drawing from the seeded
/// random sequence, which would change every other demo row).</summary>
public static class DemoAccounts
{
    public static Guid ExpertObjectId(string expertCode) =>
        new(MD5.HashData(Encoding.UTF8.GetBytes("InfoGov demo expert " + expertCode)));

    /// <summary>The head ("head") or information manager ("cio") of a department.</summary>
    public static Guid OfficialObjectId(string departmentCode, string post) =>
        new(MD5.HashData(Encoding.UTF8.GetBytes($"InfoGov demo official {departmentCode} {post}")));
}
