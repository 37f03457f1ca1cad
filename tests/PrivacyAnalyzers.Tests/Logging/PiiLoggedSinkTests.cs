using Xunit;
using Verify = PrivacyAnalyzers.Tests.Infrastructure.Verify<PrivacyAnalyzers.Rules.PiiLoggedAnalyzer>;

namespace PrivacyAnalyzers.Tests.Logging;

/// <summary>PII1001 on every logging API family, each with a PII argument and a clean argument beside it.</summary>
public class PiiLoggedSinkTests
{
    private const string Cnic = "CNIC number";

    [Fact]
    public async Task Microsoft_logging_extensions_and_scopes()
    {
        await Verify.AnalyzerAsync("""
            using System;
            using Microsoft.Extensions.Logging;
            using Shop;

            class Service
            {
                void Run(ILogger<Service> logger, Customer c, Exception error)
                {
                    logger.LogInformation("Customer {Cnic} registered as {Id}", {|#0:c.Cnic|}, c.Id);
                    logger.LogWarning(new EventId(7), "Card {Card}", {|#1:c.CardNumber|});
                    logger.LogError(error, "Failed for {Pan}", {|#2:c.Pan|});
                    logger.LogDebug({|#3:"Aadhaar " + c.AadhaarNumber|});
                    logger.LogTrace("Id {Id}", c.Id);
                    logger.LogCritical("Order failed for {Id}", c.Id);
                    logger.Log(LogLevel.Information, "Password {P}", {|#4:c.Password|});
                    using var scope = logger.BeginScope("Scope {Cnic}", {|#5:c.Cnic|});
                    using var clean = logger.BeginScope("Scope {Id}", c.Id);
                }
            }
            """,
            Verify.Diagnostic(0, "Customer.Cnic", Cnic, "ILogger.LogInformation"),
            Verify.Diagnostic(1, "Customer.CardNumber", "payment card number", "ILogger.LogWarning"),
            Verify.Diagnostic(2, "Customer.Pan", "PAN", "ILogger.LogError"),
            Verify.Diagnostic(3, "Customer.AadhaarNumber", "Aadhaar number", "ILogger.LogDebug"),
            Verify.Diagnostic(4, "Customer.Password", "password", "ILogger.Log"),
            Verify.Diagnostic(5, "Customer.Cnic", Cnic, "ILogger.BeginScope"));
    }

    [Fact]
    public async Task Microsoft_logging_core_Log_and_BeginScope_with_state()
    {
        await Verify.AnalyzerAsync("""
            using Microsoft.Extensions.Logging;
            using Shop;

            class Service
            {
                void Run(ILogger logger, Customer c)
                {
                    logger.Log(LogLevel.Information, new EventId(1), {|#0:c.Cnic|}, null, (state, _) => state);
                    using var scope = logger.BeginScope({|#1:c.CardNumber|});
                    logger.Log(LogLevel.Information, new EventId(1), c.Id, null, (state, _) => state.ToString());
                }
            }
            """,
            Verify.Diagnostic(0, "Customer.Cnic", Cnic, "ILogger.Log"),
            Verify.Diagnostic(1, "Customer.CardNumber", "payment card number", "ILogger.BeginScope"));
    }

    [Fact]
    public async Task LoggerMessage_Define_delegates()
    {
        await Verify.AnalyzerAsync("""
            using System;
            using Microsoft.Extensions.Logging;
            using Shop;

            static class Log
            {
                public static readonly Action<ILogger, string, int, Exception?> Registered =
                    LoggerMessage.Define<string, int>(LogLevel.Information, new EventId(1), "Registered {Cnic} as {Id}");
            }

            class Service
            {
                void Run(ILogger logger, Customer c)
                {
                    Log.Registered(logger, {|#0:c.Cnic|}, c.Id, null);
                    Log.Registered(logger, c.DisplayName, c.Id, null);
                }
            }
            """,
            Verify.Diagnostic(0, "Customer.Cnic", Cnic, "LoggerMessage.Define delegate"));
    }

    [Fact]
    public async Task LoggerMessage_attribute_methods()
    {
        // The second partial part stands in for what the logging source generator writes.
        await Verify.AnalyzerAsync("""
            using Microsoft.Extensions.Logging;
            using Shop;

            static partial class Log
            {
                [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Registered {cnic} as {id}")]
                public static partial void Registered(ILogger logger, string cnic, int id);
            }

            static partial class Log
            {
                public static partial void Registered(ILogger logger, string cnic, int id) { }
            }

            class Service
            {
                void Run(ILogger logger, Customer c)
                {
                    Log.Registered(logger, {|#0:c.Cnic|}, c.Id);
                    Log.Registered(logger, c.DisplayName, c.Id);
                }
            }
            """,
            Verify.Diagnostic(0, "Customer.Cnic", Cnic, "[LoggerMessage] Registered"));
    }

    [Fact]
    public async Task Serilog_static_instance_and_ForContext()
    {
        await Verify.AnalyzerAsync("""
            using Serilog;
            using Shop;

            class Service
            {
                void Run(ILogger logger, Customer c)
                {
                    Log.Information("Registered {Cnic}", {|#0:c.Cnic|});
                    Log.Warning("Registered {Id}", c.Id);
                    logger.Error("Card {Card} declined", {|#1:c.CardNumber|});
                    logger.Write(Serilog.Events.LogEventLevel.Debug, "Pan {Pan}", {|#2:c.Pan|});
                    logger.ForContext("Cnic", {|#3:c.Cnic|}).Information("Registered");
                    logger.ForContext("CustomerId", c.Id).Information("Registered");
                }
            }
            """,
            Verify.Diagnostic(0, "Customer.Cnic", Cnic, "Serilog.Log.Information"),
            Verify.Diagnostic(1, "Customer.CardNumber", "payment card number", "Serilog.ILogger.Error"),
            Verify.Diagnostic(2, "Customer.Pan", "PAN", "Serilog.ILogger.Write"),
            Verify.Diagnostic(3, "Customer.Cnic", Cnic, "Serilog.ILogger.ForContext"));
    }

    [Fact]
    public async Task NLog_logger()
    {
        await Verify.AnalyzerAsync("""
            using NLog;
            using Shop;

            class Service
            {
                private static readonly Logger Logger = LogManager.GetCurrentClassLogger();

                void Run(ILogger logger, Customer c)
                {
                    Logger.Info("Registered {Cnic}", {|#0:c.Cnic|});
                    Logger.Info("Registered {Id}", c.Id);
                    logger.Warn({|#1:$"Card {c.CardNumber}"|});
                    logger.Log(LogLevel.Error, "Password {P}", {|#2:c.Password|});
                    // Extension methods and the properties a logger carries into every event.
                    logger.ConditionalDebug("Checked {Cnic}", {|#3:c.Cnic|});
                    Logger.WithProperty("Cnic", {|#4:c.Cnic|}).Info("Checked");
                    using var scope = Logger.PushScopeProperty("Card", {|#5:c.CardNumber|});
                    logger.ConditionalDebug("Checked {Id}", c.Id);
                }
            }
            """,
            Verify.Diagnostic(0, "Customer.Cnic", Cnic, "NLog.Logger.Info"),
            Verify.Diagnostic(1, "Customer.CardNumber", "payment card number", "NLog.ILogger.Warn"),
            Verify.Diagnostic(2, "Customer.Password", "password", "NLog.ILoggerBase.Log"),
            Verify.Diagnostic(3, "Customer.Cnic", Cnic, "NLog.ILogger.ConditionalDebug"),
            Verify.Diagnostic(4, "Customer.Cnic", Cnic, "NLog.Logger.WithProperty"),
            Verify.Diagnostic(5, "Customer.CardNumber", "payment card number", "NLog.Logger.PushScopeProperty"));
    }

    [Fact]
    public async Task Log4net_log()
    {
        await Verify.AnalyzerAsync("""
            using log4net;
            using Shop;

            class Service
            {
                void Run(ILog log, Customer c)
                {
                    log.Info({|#0:"Registered " + c.Cnic|});
                    log.InfoFormat("Card {0}", {|#1:c.CardNumber|});
                    log.Debug("Registered " + c.Id);
                }
            }
            """,
            Verify.Diagnostic(0, "Customer.Cnic", Cnic, "ILog.Info"),
            Verify.Diagnostic(1, "Customer.CardNumber", "payment card number", "ILog.InfoFormat"));
    }

    [Fact]
    public async Task Context_properties_every_later_event_carries()
    {
        // log4net's context properties (an indexer) and Serilog's LogContext are written into every event that follows.
        await Verify.AnalyzerAsync("""
            using log4net;
            using Serilog.Context;
            using Shop;

            class Service
            {
                void Run(Customer c)
                {
                    ThreadContext.Properties["cnic"] = {|#0:c.Cnic|};
                    LogicalThreadContext.Properties["card"] = {|#1:c.CardNumber|};
                    GlobalContext.Properties["customer"] = c.Id;
                    using var property = LogContext.PushProperty("Cnic", {|#2:c.Cnic|});
                    using var id = LogContext.PushProperty("CustomerId", c.Id);
                }
            }
            """,
            Verify.Diagnostic(0, "Customer.Cnic", Cnic, "ThreadContext.Properties[...]"),
            Verify.Diagnostic(1, "Customer.CardNumber", "payment card number", "LogicalThreadContext.Properties[...]"),
            Verify.Diagnostic(2, "Customer.Cnic", Cnic, "LogContext.PushProperty"));
    }

    [Fact]
    public async Task ZLogger_interpolated_string_handlers()
    {
        // ZLogger's methods take `$"..."` as an interpolated string handler: each hole is an AppendFormatted call.
        await Verify.AnalyzerAsync("""
            using Microsoft.Extensions.Logging;
            using Shop;
            using ZLogger;

            class Service
            {
                void Run(ILogger logger, Customer c)
                {
                    logger.ZLogInformation({|#0:$"Registered {c.Cnic}"|});
                    logger.ZLogWarning({|#1:$"Card {c.CardNumber} of {c.Id}"|});
                    logger.ZLog(LogLevel.Error, {|#2:$"Password {c.Password:@pwd}"|});
                    logger.ZLogInformation($"Registered {c.Id} ({c.CnicVerified}, {c.PasswordHash.Length})");
                }
            }
            """,
            Verify.Diagnostic(0, "Customer.Cnic", Cnic, "ILogger.ZLogInformation"),
            Verify.Diagnostic(1, "Customer.CardNumber", "payment card number", "ILogger.ZLogWarning"),
            Verify.Diagnostic(2, "Customer.Password", "password", "ILogger.ZLog"));
    }
}
