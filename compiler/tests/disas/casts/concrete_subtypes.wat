;; `ref.test` to struct types with declared subtypes, inline and bounded: a null test,
;; bits 0 and 1 clear (a heap object), the object's type id compared with the target
;; (an exact match passes at once), else the id's entry in the engine's type table
;; (`VMContext`'s last word + id * 32) holds the target at the target's depth in its
;; display: inline for `$a` (depth 1), through the entry's display pointer after a
;; depth check for `$deep` (depth 4). `$leaf` is final: one compare.

(module
  (type $root (sub (struct)))
  (type $a (sub $root (struct (field i32))))
  (type $b (sub $a (struct (field i32))))
  (type $c (sub $b (struct (field i32))))
  (type $deep (sub $c (struct (field i32))))
  (type $leaf (sub final $deep (struct (field i32))))
  (func (export "a") (param anyref) (result i32)
    (ref.test (ref $a) (local.get 0)))
  (func (export "deep") (param anyref) (result i32)
    (ref.test (ref $deep) (local.get 0)))
  (func (export "leaf") (param anyref) (result i32)
    (ref.test (ref null $leaf) (local.get 0))))

;; function 0 (export "a"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000070
;;     1e: mov     rcx,[rbp+0x10]
;;     23: mov     eax,0
;;     29: test    rcx,rcx
;;     2c: je      0x000000000000006C
;;     32: test    cl,3
;;     36: jne     0x000000000000006C
;;     3c: mov     r11d,[rcx]
;;     41: cmp     r11d,1
;;     48: je      0x0000000000000066
;;     4e: shl     r11,5
;;     52: add     r11,[r14+0x28]
;;     57: cmp     dword ptr [r11+0x14],1
;;     60: jne     0x000000000000006C
;;     66: mov     eax,1
;;     6c: leave
;;     6d: ret     8
;;     70: cmp     dword ptr [r11+0x14],0
;;     79: jne     0x000000000000008F
;;     7f: cmp     rax,[r11+0x38]
;;     84: jb      0x00000000000000A9
;;     8a: jmp     0x000000000000001E
;;     8f: mov     r11,[r14]
;;     94: mov     qword ptr [r11+0x18],0x56
;;     9d: mov     eax,0xA
;;     a3: mov     rsp,[r11+8]
;;     a8: ret
;;     a9: mov     r11,[r14]
;;     ae: mov     qword ptr [r11+0x18],0x56
;;     b7: mov     eax,9
;;     bd: mov     rsp,[r11+8]
;;     c2: ret

;; function 1 (export "deep"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000084
;;     1e: mov     rcx,[rbp+0x10]
;;     23: mov     eax,0
;;     29: test    rcx,rcx
;;     2c: je      0x0000000000000080
;;     32: test    cl,3
;;     36: jne     0x0000000000000080
;;     3c: mov     r11d,[rcx]
;;     41: cmp     r11d,4
;;     48: je      0x000000000000007A
;;     4e: shl     r11,5
;;     52: add     r11,[r14+0x28]
;;     57: cmp     dword ptr [r11+4],4
;;     60: jb      0x0000000000000080
;;     66: mov     r11,[r11+8]
;;     6b: cmp     dword ptr [r11+0x10],4
;;     74: jne     0x0000000000000080
;;     7a: mov     eax,1
;;     80: leave
;;     81: ret     8
;;     84: cmp     dword ptr [r11+0x14],0
;;     8d: jne     0x00000000000000A3
;;     93: cmp     rax,[r11+0x38]
;;     98: jb      0x00000000000000BD
;;     9e: jmp     0x000000000000001E
;;     a3: mov     r11,[r14]
;;     a8: mov     qword ptr [r11+0x18],0x5E
;;     b1: mov     eax,0xA
;;     b7: mov     rsp,[r11+8]
;;     bc: ret
;;     bd: mov     r11,[r14]
;;     c2: mov     qword ptr [r11+0x18],0x5E
;;     cb: mov     eax,9
;;     d1: mov     rsp,[r11+8]
;;     d6: ret

;; function 2 (export "leaf"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000055
;;     1e: mov     rcx,[rbp+0x10]
;;     23: mov     eax,0
;;     29: test    rcx,rcx
;;     2c: je      0x000000000000004B
;;     32: test    cl,3
;;     36: jne     0x0000000000000051
;;     3c: cmp     dword ptr [rcx],5
;;     45: jne     0x0000000000000051
;;     4b: mov     eax,1
;;     51: leave
;;     52: ret     8
;;     55: cmp     dword ptr [r11+0x14],0
;;     5e: jne     0x0000000000000074
;;     64: cmp     rax,[r11+0x38]
;;     69: jb      0x000000000000008E
;;     6f: jmp     0x000000000000001E
;;     74: mov     r11,[r14]
;;     79: mov     qword ptr [r11+0x18],0x66
;;     82: mov     eax,0xA
;;     88: mov     rsp,[r11+8]
;;     8d: ret
;;     8e: mov     r11,[r14]
;;     93: mov     qword ptr [r11+0x18],0x66
;;     9c: mov     eax,9
;;     a2: mov     rsp,[r11+8]
;;     a7: ret
