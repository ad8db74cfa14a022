package org.bilateral.e2e;

/** The read paths through the gateway, as client applications call them. */
class ReadPathsThroughGatewayIT extends ReadPathContract {

    @Override
    String tradeUrl() {
        return RunningPlatform.gatewayUrl();
    }

    @Override
    String agreementsUrl() {
        return RunningPlatform.gatewayUrl();
    }

    @Override
    String venturesUrl() {
        return RunningPlatform.gatewayUrl();
    }
}
