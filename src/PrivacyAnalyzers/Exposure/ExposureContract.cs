namespace PrivacyAnalyzers.Exposure
{
    /// <summary>How an object is turned into text or data, which decides which of its members are written.</summary>
    internal enum ExposureContract
    {
        /// <summary>The compiler-generated <c>ToString</c> of records and anonymous types.</summary>
        TextForm,

        /// <summary>Serilog/NLog <c>{@Hole}</c> destructuring: public readable properties.</summary>
        Destructuring,

        /// <summary>System.Text.Json (also ASP.NET Core's default for responses).</summary>
        SystemTextJson,

        /// <summary>Newtonsoft.Json.</summary>
        NewtonsoftJson,

        /// <summary>System.Xml.Serialization.XmlSerializer.</summary>
        XmlSerializer,

        /// <summary>DataContractSerializer and DataContractJsonSerializer.</summary>
        DataContract,
    }

    internal static class ExposureContractNames
    {
        public static string Display(ExposureContract contract) => contract switch
        {
            ExposureContract.SystemTextJson => "System.Text.Json",
            ExposureContract.NewtonsoftJson => "Newtonsoft.Json",
            ExposureContract.XmlSerializer => "XmlSerializer",
            ExposureContract.DataContract => "DataContractSerializer",
            ExposureContract.Destructuring => "destructuring",
            _ => "ToString",
        };

        public static bool IsSerializer(ExposureContract contract) => contract >= ExposureContract.SystemTextJson;
    }
}
