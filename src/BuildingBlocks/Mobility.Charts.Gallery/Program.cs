using System.Text;
using Mobility.Charts.Gallery;

var output = args.Length > 0 ? args[0] : Path.Combine("docs", "charts");
Directory.CreateDirectory(output);
foreach (var sample in Samples.All)
{
    File.WriteAllText(Path.Combine(output, sample.Name + ".svg"), sample.Svg(sample.Width, sample.Height), new UTF8Encoding(false));
    sample.Png(Path.Combine(output, sample.Name + ".png"), sample.Width, sample.Height);
    Console.WriteLine($"{sample.Name}: {sample.Title}");
}
