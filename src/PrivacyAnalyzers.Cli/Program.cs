using System.CommandLine;
using Microsoft.Build.Locator;
using PrivacyAnalyzers.Cli;

// MSBuild must be located before any of its types load: the commands below touch them only inside their actions.
MSBuildLocator.RegisterDefaults();

var path = new Argument<string>("solution-or-project") { Description = "A .sln, .slnx or .csproj file, or a folder holding exactly one of them." };
var output = new Option<DirectoryInfo>("--out") { Description = "The folder to write privacy-map.json and privacy-map.html to.", Required = true };
var map = new Command("map", "Write the privacy map: every member that is personal data and every place it goes.") { path, output };
map.SetAction((parse, cancellation) => MapCommand.RunAsync(parse.GetValue(path)!, parse.GetValue(output)!, cancellation));

var oldMap = new Argument<FileInfo>("old.json") { Description = "The map of the code before (for example main's)." };
var newMap = new Argument<FileInfo>("new.json") { Description = "The map of the code after (for example a pull request's)." };
var diff = new Command("diff", "Compare two maps: new unprotected flows, lost protection, flows gone. Exit code 1 when a new unprotected flow appears.") { oldMap, newMap };
diff.SetAction(parse => DiffCommand.Run(parse.GetValue(oldMap)!, parse.GetValue(newMap)!));

var ropaPath = new Argument<string>("solution-or-project") { Description = "A .sln, .slnx or .csproj file, or a folder holding exactly one of them." };
var ropaOutput = new Option<DirectoryInfo>("--out") { Description = "The folder to write ropa.md and ropa.csv to.", Required = true };
var ropa = new Command("ropa", "Write a record of processing activities from the map and privacy-policy.json.") { ropaPath, ropaOutput };
ropa.SetAction((parse, cancellation) => MapCommand.WithMapAsync(parse.GetValue(ropaPath)!, parse.GetValue(ropaOutput)!, cancellation, async (result, folder) =>
{
    await File.WriteAllTextAsync(Path.Combine(folder, "ropa.md"), RopaWriter.Markdown(result, parse.GetValue(ropaPath)!), cancellation);
    await File.WriteAllTextAsync(Path.Combine(folder, "ropa.csv"), RopaWriter.Csv(result), cancellation);
    Console.WriteLine($"{Path.Combine(folder, "ropa.md")} and ropa.csv: {result.Projects.Count} project{(result.Projects.Count == 1 ? "" : "s")}");
}));

var root = new RootCommand("dotnet privacy: what personal data the code holds, where it goes, and how it is protected.") { map, ropa, diff };
return await root.Parse(args).InvokeAsync();
