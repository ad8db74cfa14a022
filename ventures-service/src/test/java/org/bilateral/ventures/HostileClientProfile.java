package org.bilateral.ventures;

import org.bilateral.testsupport.IsolatedSchemaProfile;

/** The fuzz, authorization and inert-text tests write for real, so they get a schema of their own. */
public class HostileClientProfile extends IsolatedSchemaProfile {

    public HostileClientProfile() {
        super("ventures_hostile");
    }
}
