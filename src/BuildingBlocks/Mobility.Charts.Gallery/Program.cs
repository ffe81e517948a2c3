using Mobility.Charts.Gallery;

var output = args.Length > 0 ? args[0] : Path.Combine("docs", "charts");
Directory.CreateDirectory(output);
foreach (var sample in Samples.All)
{
    var plot = sample.Build();
    plot.SaveSvg(Path.Combine(output, sample.Name + ".svg"), sample.Width, sample.Height);
    plot.SavePng(Path.Combine(output, sample.Name + ".png"), sample.Width, sample.Height);
    Console.WriteLine($"{sample.Name}: {sample.Title}");
}
