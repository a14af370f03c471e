;; More hot locals than callee-saved registers, with a call: the extra ones live in
;; caller-saved registers that the call saves and reloads.
;; Finding: after the call, `r9` (the pinned `$a`) is reloaded from its save slot and
;; immediately overwritten by the call's result.

(module
  (func $g (result i32) (i32.const 1))
  (func (export "f") (param $a i32) (result i32) (local $b i32) (local $c i32) (local $d i32) (local $e i32) (local $i i32)
    (loop $outer (loop $l
      (local.set $b (i32.add (local.get $b) (local.get $a)))
      (local.set $c (i32.xor (local.get $c) (local.get $b)))
      (local.set $d (i32.add (local.get $d) (local.get $c)))
      (local.set $e (i32.xor (local.get $e) (local.get $d)))
      (local.set $a (call $g))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (i32.const 3)))))
    (i32.add (local.get $e) (local.get $d))))

;; function 0, sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000028
;;     1e: mov     eax,1
;;     24: leave
;;     25: ret     8
;;     28: cmp     dword ptr [r11+0x14],0
;;     31: jne     0x0000000000000047
;;     37: cmp     rax,[r11+0x38]
;;     3c: jb      0x0000000000000061
;;     42: jmp     0x000000000000001E
;;     47: mov     r11,[r14]
;;     4c: mov     qword ptr [r11+0x18],0x24
;;     55: mov     eax,0xA
;;     5b: mov     rsp,[r11+8]
;;     60: ret
;;     61: mov     r11,[r14]
;;     66: mov     qword ptr [r11+0x18],0x24
;;     6f: mov     eax,9
;;     75: mov     rsp,[r11+8]
;;     7a: ret

;; function 1 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x98]
;;     13: cmp     rax,[r11]
;;     18: jb      0x00000000000000CA
;;     1e: push    r12
;;     20: push    r13
;;     22: push    rbx
;;     24: push    r15
;;     26: xor     eax,eax
;;     28: push    rax
;;     29: push    rax
;;     2a: push    rax
;;     2b: push    rax
;;     2c: push    rax
;;     2d: mov     r9d,[rbp+0x10]
;;     32: xor     r12d,r12d
;;     35: xor     r13d,r13d
;;     38: xor     ebx,ebx
;;     3b: xor     r10d,r10d
;;     3e: xor     r15d,r15d
;;     41: mov     r11,[r14]
;;     46: cmp     dword ptr [r11+0x14],0
;;     4f: jne     0x000000000000011D
;;     55: mov     r11,[r14]
;;     5a: cmp     dword ptr [r11+0x14],0
;;     63: jne     0x0000000000000137
;;     69: add     r12d,r9d
;;     6c: xor     r13d,r12d
;;     6f: add     ebx,r13d
;;     72: xor     r10d,ebx
;;     75: lea     rsp,[rsp-8]
;;     7a: mov     [rbp+0x10],r9
;;     7f: mov     [rbp-0x48],r10
;;     84: call    0xFFFFFFFFFFFFFF80
;;     89: mov     r14,[rbp-8]
;;     8e: mov     r9,[rbp+0x10]
;;     93: mov     r10,[rbp-0x48]
;;     98: mov     r9,rax
;;     9b: add     r15d,1
;;     9f: cmp     r15d,3
;;     a6: jb      0x0000000000000055
;;     ac: mov     rax,r10
;;     af: add     eax,ebx
;;     b2: mov     r12,[rbp-0x10]
;;     b7: mov     r13,[rbp-0x18]
;;     bc: mov     rbx,[rbp-0x20]
;;     c1: mov     r15,[rbp-0x28]
;;     c6: leave
;;     c7: ret     8
;;     ca: cmp     dword ptr [r11+0x14],0
;;     d3: jne     0x00000000000000E9
;;     d9: cmp     rax,[r11+0x38]
;;     de: jb      0x0000000000000103
;;     e4: jmp     0x000000000000001E
;;     e9: mov     r11,[r14]
;;     ee: mov     qword ptr [r11+0x18],0x29
;;     f7: mov     eax,0xA
;;     fd: mov     rsp,[r11+8]
;;    102: ret
;;    103: mov     r11,[r14]
;;    108: mov     qword ptr [r11+0x18],0x29
;;    111: mov     eax,9
;;    117: mov     rsp,[r11+8]
;;    11c: ret
;;    11d: mov     r11,[r14]
;;    122: mov     qword ptr [r11+0x18],0x2C
;;    12b: mov     eax,0xA
;;    131: mov     rsp,[r11+8]
;;    136: ret
;;    137: mov     r11,[r14]
;;    13c: mov     qword ptr [r11+0x18],0x2E
;;    145: mov     eax,0xA
;;    14b: mov     rsp,[r11+8]
;;    150: ret
