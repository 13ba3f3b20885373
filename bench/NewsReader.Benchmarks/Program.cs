using BenchmarkDotNet.Running;
using NewsReader.Benchmarks.Ratio;

if (args is ["ratio", ..])
{
    return InterleavedRatio.Run(args);
}

if (args is ["compare", ..])
{
    return BuildComparison.Run(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
