using BenchmarkDotNet.Running;
using NewsReader.Benchmarks.Ratio;

if (args is ["ratio", ..])
{
    return InterleavedRatio.Run(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
