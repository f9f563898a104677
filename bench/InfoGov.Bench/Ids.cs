using System.Text;

namespace InfoGov.Bench;

/// <summary>Global ids of the generated projects, read once from the database file.</summary>
public static class Ids
{
    private static string[] _projects = [];

    public static void Load(IEnumerable<(string Code, Guid Id)> projects) =>
        _projects = projects.OrderBy(p => p.Code, StringComparer.Ordinal).Select(p => Convert.ToBase64String(Encoding.UTF8.GetBytes($"Project:{p.Id:N}"))).ToArray();

    public static string Project(int index) => _projects[index];
}
