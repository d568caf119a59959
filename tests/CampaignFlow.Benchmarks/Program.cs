using BenchmarkDotNet.Running;

// Each benchmark class is picked by name: `-- --filter '*Rule*'`, or all of them with `-- --filter '*'`.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
