using System.Diagnostics;
using System.Reflection;
using NewsReader.Tests.Shared;

namespace NewsReader.Data.Tests.Cli;

/// <summary>Runs the built <c>newsreader</c> CLI as its own process, as a user would.</summary>
internal sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _output;
    private readonly Task<string> _errors;

    private CliProcess(Process process)
    {
        _process = process;
        _output = process.StandardOutput.ReadToEndAsync();
        _errors = process.StandardError.ReadToEndAsync();
    }

    public static string DllPath
    {
        get
        {
            var configuration = typeof(CliProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(a => a.Key == "BuildConfiguration").Value!;
            var path = Path.Combine(TestCorpus.RepositoryRoot, "src", "NewsReader.Cli", "bin", configuration, "net10.0", "newsreader.dll");
            Assert.True(File.Exists(path), "The CLI is not built at " + path);
            return path;
        }
    }

    public static CliProcess Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(DllPath);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["NewsReader__DataDirectory"] = Path.Combine(workingDirectory, "data");
        return new CliProcess(Process.Start(start)!);
    }

    public static async Task<CliResult> RunAsync(string workingDirectory, params string[] args)
    {
        using var cli = Start(workingDirectory, args);
        return await cli.WaitAsync(TimeSpan.FromSeconds(90));
    }

    public async Task<CliResult> WaitAsync(TimeSpan timeout)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cancel.CancelAfter(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            // A hung run fails the spec with what the CLI had said so far, which is what tells why it hung.
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
            Assert.Fail($"The CLI did not finish within {timeout}.\nstdout:\n{await _output}\nstderr:\n{await _errors}");
        }

        return new CliResult(_process.ExitCode, await _output, await _errors);
    }

    /// <summary>SIGKILL on Unix: no handler, no cleanup, as in a power cut of the process.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    public bool HasExited => _process.HasExited;

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}

internal sealed record CliResult(int ExitCode, string Output, string Errors)
{
    public string SummaryLine => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";

    public IReadOnlyList<string> ErrorLines => Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
