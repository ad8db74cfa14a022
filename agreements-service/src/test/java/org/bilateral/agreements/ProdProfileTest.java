package org.bilateral.agreements;

import org.bilateral.testsupport.ProdProfileContract;

/** The agreements service's prod profile trusts no dev key and holds no secret. */
class ProdProfileTest extends ProdProfileContract {
}
