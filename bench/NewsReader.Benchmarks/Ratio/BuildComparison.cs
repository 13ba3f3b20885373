using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using NewsReader.Benchmarks.Parsing;

namespace NewsReader.Benchmarks.Ratio;

/// <summary>
/// Two builds of the text parser in one process, pass for pass: each build's library is loaded into a load context of
/// its own, and a pass of one and a pass of the other (in turn first) run over the 84 corpus dumps, each timed in
/// process CPU time, with a pass of the line-split baseline beside them. Runs of <c>ratio text</c> minutes apart move
/// by ±5% on a shared machine; pairs of passes a few milliseconds apart see the same machine, so their median ratio
/// settles a change of 1–2%.
/// Run: <c>dotnet run -c Release --project bench/NewsReader.Benchmarks -- compare OLD.dll NEW.dll [seconds]</c>, each
/// the <c>NewsReader.Ingestion.dll</c> of a Release build (a worktree of the older commit, built with
/// <c>dotnet build -c Release src/NewsReader.Ingestion</c>).
/// </summary>
internal static class BuildComparison
{
    public static int Run(string[] args)
    {
        if (args.Length < 3)
        {
            Console.Error.WriteLine("usage: compare OLD/NewsReader.Ingestion.dll NEW/NewsReader.Ingestion.dll [seconds]");
            return 2;
        }

        var seconds = args.Length > 3 ? double.Parse(args[3], CultureInfo.InvariantCulture) : 60;
        var texts = ParseInputs.CorpusDumps();
        var problem = args[1..3].FirstOrDefault(path => !File.Exists(path)) is { } missing ? $"no such file: {missing}"
            : texts.Length == 0 ? ParseInputs.NoCorpus
            : seconds <= 0 ? "the run needs more than zero seconds"
            : null;
        if (problem is not null)
        {
            Console.Error.WriteLine(problem);
            return 2;
        }

        var older = LoadParser(args[1]);
        var newer = LoadParser(args[2]);
        var sink = 0;
        Action baseline = () => Array.ForEach(texts, text => sink += text.Split('\n').Length);
        Action olderPass = () => Array.ForEach(texts, text => sink += older(text) is null ? 0 : 1);
        Action newerPass = () => Array.ForEach(texts, text => sink += newer(text) is null ? 0 : 1);

        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed.TotalSeconds < Math.Min(10, seconds / 4))
        {
            baseline();
            olderPass();
            newerPass();
        }

        var baselineTimes = new List<double>();
        var olderTimes = new List<double>();
        var newerTimes = new List<double>();
        var measuring = Stopwatch.StartNew();
        for (var round = 0; measuring.Elapsed.TotalSeconds < seconds; round++)
        {
            baselineTimes.Add(CpuTime.Milliseconds(baseline));
            var olderFirst = round % 2 == 0;
            var first = CpuTime.Milliseconds(olderFirst ? olderPass : newerPass);
            var second = CpuTime.Milliseconds(olderFirst ? newerPass : olderPass);
            olderTimes.Add(olderFirst ? first : second);
            newerTimes.Add(olderFirst ? second : first);
        }

        var ratios = olderTimes.Zip(newerTimes, (old, @new) => @new / old).Order().ToList();
        var split = baselineTimes.Average();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"split into lines {split:F3} ms CPU per pass; older {olderTimes.Average():F3} ms (ratio {olderTimes.Average() / split:F2}); newer {newerTimes.Average():F3} ms (ratio {newerTimes.Average() / split:F2}); {ratios.Count} rounds"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"newer / older: ratio of means {newerTimes.Average() / olderTimes.Average():F3}; median pair {ratios[ratios.Count / 2]:F3}, quartiles {ratios[ratios.Count / 4]:F3}-{ratios[3 * ratios.Count / 4]:F3}"));
        return 0;
    }

    // TextDumpParser.Parse of the build at the path, in a load context that finds the build's own dependencies beside it.
    private static Func<string, object> LoadParser(string path)
    {
        var library = Path.GetFullPath(path);
        var context = new BuildContext(library);
        var parse = context.LoadFromAssemblyPath(library).GetType("NewsReader.Ingestion.TextDumpParser", throwOnError: true)!
            .GetMethod("Parse", BindingFlags.Public | BindingFlags.Static, [typeof(string)])
            ?? throw new MissingMethodException("NewsReader.Ingestion.TextDumpParser", "Parse");
        return parse.CreateDelegate<Func<string, object>>();
    }

    private sealed class BuildContext(string library) : AssemblyLoadContext(library)
    {
        private readonly AssemblyDependencyResolver _resolver = new(library);

        protected override Assembly? Load(AssemblyName assemblyName) =>
            _resolver.ResolveAssemblyToPath(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;
    }
}
