{
  "keyId": "1795ab70debbc832",
  "signature": "GoNYxEnYEY5gidGuUssJUd1a4fd7nTrfUEQuSlvN8ee80oUgEN6Cu3/bGK3aBivJOaeN/0JglU1ia2fqXfdtAQ=="
}
