namespace InfoGov.Bench;

/// <summary>"--name value" pairs, and where the repository is.</summary>
public static class Arguments
{
    public static Dictionary<string, string> Parse(string[] args)
    {
        var options = new Dictionary<string, string>();
        for (var i = 0; i + 1 < args.Length; i += 2)
            options[args[i].TrimStart('-')] = args[i + 1];
        return options;
    }

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "InfoGov.sln"))) return directory.FullName;
        throw new InvalidOperationException("Run the benchmark from inside the repository.");
    }
}
