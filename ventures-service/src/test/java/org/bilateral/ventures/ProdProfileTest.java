package org.bilateral.ventures;

import org.bilateral.testsupport.ProdProfileContract;

/** The ventures service's prod profile trusts no dev key and holds no secret. */
class ProdProfileTest extends ProdProfileContract {
}
