using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Policy;
using PrivacyAnalyzers.Sinks;

namespace PrivacyAnalyzers.Sharing
{
    /// <summary>Who a sink call shares with: the SDK's service for a row that names one, the host of an HTTP request
    /// when the code shows it and it is neither internal nor one of the policy's own hosts; null otherwise.</summary>
    internal sealed class Recipients
    {
        private readonly RequestHosts _hosts;

        public Recipients(Compilation compilation)
        {
            _hosts = new RequestHosts(compilation);
        }

        public Recipient? Of(SinkCall call, PrivacyPolicy? policy)
        {
            if (call.Sdk is { } sdk)
            {
                return Recipient.ForSdk(sdk);
            }

            if ((call.Row.Families & (SinkFamily.HttpUrl | SinkFamily.HttpBody)) == 0
                || _hosts.HostOf(call) is not { } host || HttpAddress.IsInternalHost(host) || (policy?.IsOwnHost(host) ?? false))
            {
                return null;
            }

            return Recipient.ForHost(host);
        }
    }
}
