using System.Collections.Immutable;

namespace PrivacyAnalyzers.Sinks
{
    /// <summary>
    /// The logging, console and trace APIs, as data. Every argument of a listed method is a sink except levels,
    /// event ids, exceptions, format providers, types, delegates and bools (see <see cref="SinkResolver"/>).
    /// Delegates from <c>LoggerMessage.Define</c>, <c>[LoggerMessage]</c> methods, <c>Console.Out</c>/<c>Console.Error</c>
    /// writers and exception constructors are shapes rather than names, and are matched by <see cref="SinkResolver"/>.
    /// </summary>
    internal static class LoggingSinkTable
    {
        private static readonly string[] SerilogMethods =
        {
            "Write", "Verbose", "Debug", "Information", "Warning", "Error", "Fatal", "ForContext",
        };

        private static readonly string[] NLogMethods =
        {
            "Trace", "Debug", "Info", "Warn", "Error", "Fatal", "Log", "ConditionalTrace", "ConditionalDebug",
        };

        public static readonly ImmutableArray<SinkDefinition> Definitions = ImmutableArray.Create(
            new SinkDefinition(
                "Microsoft.Extensions.Logging.LoggerExtensions", SinkFamily.Log, atDestructures: false,
                "Log", "LogTrace", "LogDebug", "LogInformation", "LogWarning", "LogError", "LogCritical", "BeginScope"),
            new SinkDefinition("Microsoft.Extensions.Logging.ILogger", SinkFamily.Log, atDestructures: false, "Log", "BeginScope"),
            new SinkDefinition("Serilog.Log", SinkFamily.Log, atDestructures: true, SerilogMethods),
            new SinkDefinition("Serilog.ILogger", SinkFamily.Log, atDestructures: true, SerilogMethods),
            new SinkDefinition("Serilog.Core.Logger", SinkFamily.Log, atDestructures: true, SerilogMethods),
            new SinkDefinition("NLog.ILogger", SinkFamily.Log, atDestructures: true, NLogMethods),
            new SinkDefinition("NLog.ILoggerBase", SinkFamily.Log, atDestructures: true, NLogMethods),
            new SinkDefinition("NLog.Logger", SinkFamily.Log, atDestructures: true, NLogMethods),
            new SinkDefinition(
                "log4net.ILog", SinkFamily.Log, atDestructures: false,
                "Debug", "Info", "Warn", "Error", "Fatal", "DebugFormat", "InfoFormat", "WarnFormat", "ErrorFormat", "FatalFormat"),
            new SinkDefinition("System.Console", SinkFamily.ConsoleOrTrace, atDestructures: false, "Write", "WriteLine"),
            new SinkDefinition(
                "System.Diagnostics.Debug", SinkFamily.ConsoleOrTrace, atDestructures: false,
                "Write", "WriteLine", "WriteIf", "WriteLineIf", "Print", "Assert", "Fail"),
            new SinkDefinition(
                "System.Diagnostics.Trace", SinkFamily.ConsoleOrTrace, atDestructures: false,
                "Write", "WriteLine", "WriteIf", "WriteLineIf", "TraceInformation", "TraceWarning", "TraceError", "Assert", "Fail"),
            new SinkDefinition(
                "System.Diagnostics.TraceSource", SinkFamily.ConsoleOrTrace, atDestructures: false,
                "TraceEvent", "TraceData", "TraceInformation"));
    }
}
