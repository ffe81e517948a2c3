using System.Buffers;
using System.Diagnostics;
using System.Text.Json;
using Mobility.GraphQL;
using Mobility.GraphQL.Benchmarks;
using Mobility.GraphQL.Execution;

// Usage: dotnet run -c Release --project bench/graphql/Mobility.GraphQL.Benchmarks [seconds] [--ours-only]
// Runs the same SDL, root object and query in our engine, in graphql-js and in graphql-jit (node, under taskset
// when available), one execution at a time on one core, JSON bytes included, and prints the throughput ratios.
var seconds = args.Length > 0 && double.TryParse(args[0], System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 5;
var oursOnly = args.Contains("--ours-only");
var benchDirectory = FindBenchDirectory();

if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
{
    Process.GetCurrentProcess().ProcessorAffinity = 1;
}

var schema = GraphQLSchema.FromSdl(File.ReadAllText(Path.Combine(benchDirectory, "schema.graphql")));
var executor = new GraphQLExecutor(schema);
var request = new GraphQLRequest { Query = File.ReadAllText(Path.Combine(benchDirectory, "query.graphql")), RootValue = BenchData.Create() };

// Like a server writing to its response buffer: the bytes of each result are produced into a reused buffer.
var buffer = new ArrayBufferWriter<byte>(1 << 20);
var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
int RunIntoBuffer()
{
    buffer.ResetWrittenCount();
    writer.Reset(buffer);
    executor.ExecuteAsync(request).AsTask().GetAwaiter().GetResult().WriteTo(writer);
    writer.Flush();
    return buffer.WrittenCount;
}

// Like graphql-js's Buffer.from(JSON.stringify(result)): a new byte array per result.
int RunToArray() => executor.ExecuteAsync(request).AsTask().GetAwaiter().GetResult().ToUtf8Json().Length;

var bytes = RunIntoBuffer();
if (bytes != RunToArray())
{
    throw new InvalidOperationException("Both ways of writing must give the same bytes.");
}

// The machine may be shared: engines are measured in interleaved rounds and each reports its median.
var rounds = args.Contains("--rounds") ? int.Parse(args[Array.IndexOf(args, "--rounds") + 1], System.Globalization.CultureInfo.InvariantCulture) : 3;
var results = new Dictionary<string, List<double>>
{
    ["ours"] = [], ["oursArray"] = [], ["graphql-js"] = [], ["graphql-jit"] = [],
};
for (var round = 0; round < rounds; round++)
{
    results["ours"].Add(Measure(RunIntoBuffer));
    results["oursArray"].Add(Measure(RunToArray));
    if (!oursOnly)
    {
        results["graphql-js"].Add(RunNode("graphql-js"));
        results["graphql-jit"].Add(RunNode("graphql-jit"));
    }
}

var ours = Median(results["ours"]);
var oursArray = Median(results["oursArray"]);
Console.WriteLine($"median of {rounds} rounds, one core, one execution at a time, JSON bytes included");
Console.WriteLine($"Mobility.GraphQL  {ours,8:F1} ops/s  ({bytes:N0} bytes per result, written into a reused buffer)");
Console.WriteLine($"Mobility.GraphQL  {oursArray,8:F1} ops/s  (a new byte[] per result)");
if (oursOnly)
{
    return;
}

var js = Median(results["graphql-js"]);
var jit = Median(results["graphql-jit"]);
Console.WriteLine($"graphql-js        {js,8:F1} ops/s");
Console.WriteLine($"graphql-jit       {jit,8:F1} ops/s");
Console.WriteLine($"Mobility.GraphQL / graphql-js  = {ours / js:F2}x reused buffer, {oursArray / js:F2}x new byte[]   (target >= 5)");
Console.WriteLine($"Mobility.GraphQL / graphql-jit = {ours / jit:F2}x reused buffer, {oursArray / jit:F2}x new byte[]   (target > 1)");
Console.WriteLine($"graphql-jit / graphql-js       = {jit / js:F2}x");

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}

double Measure(Func<int> run)
{
    var warmup = Stopwatch.StartNew();
    while (warmup.Elapsed.TotalSeconds < 2)
    {
        run();
    }

    var count = 0;
    var watch = Stopwatch.StartNew();
    while (watch.Elapsed.TotalSeconds < seconds)
    {
        run();
        count++;
    }

    return count / watch.Elapsed.TotalSeconds;
}

double RunNode(string engine)
{
    var jsDirectory = Path.Combine(benchDirectory, "js");
    var useTaskset = File.Exists("/usr/bin/taskset");
    var info = new ProcessStartInfo(useTaskset ? "taskset" : "node")
    {
        WorkingDirectory = jsDirectory,
        RedirectStandardOutput = true,
    };
    if (useTaskset)
    {
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add("0");
        info.ArgumentList.Add("node");
    }

    info.ArgumentList.Add("bench.js");
    info.ArgumentList.Add(engine);
    info.ArgumentList.Add(seconds.ToString(System.Globalization.CultureInfo.InvariantCulture));

    using var process = Process.Start(info)!;
    var line = process.StandardOutput.ReadToEnd();
    process.WaitForExit();
    using var json = JsonDocument.Parse(line);
    return json.RootElement.GetProperty("opsPerSecond").GetDouble();
}

static string FindBenchDirectory()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        var candidate = Path.Combine(dir.FullName, "bench", "graphql");
        if (File.Exists(Path.Combine(candidate, "schema.graphql")))
        {
            return candidate;
        }
    }

    throw new DirectoryNotFoundException("bench/graphql not found.");
}
