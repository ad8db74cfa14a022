package org.bilateral.e2e;

/** The same read paths against each service called directly, as partner agencies call them: only the host changes. */
class ReadPathsDirectToServicesIT extends ReadPathContract {

    @Override
    String tradeUrl() {
        return RunningPlatform.serviceUrl("trade");
    }

    @Override
    String agreementsUrl() {
        return RunningPlatform.serviceUrl("agreements");
    }

    @Override
    String venturesUrl() {
        return RunningPlatform.serviceUrl("ventures");
    }
}
