package org.bilateral.gateway;

import org.bilateral.testsupport.ProdProfileContract;

/** The gateway's prod profile trusts no dev key and holds no secret. */
class ProdProfileTest extends ProdProfileContract {
}
