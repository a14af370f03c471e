;; A loop with parameters: the values carried by the back edge land where the loop
;; expects them.

(module
  (func (export "f") (param $n i32) (result i32)
    (i32.const 0) (local.get $n)
    (loop $l (param i32 i32) (result i32)
      (local.set $n)
      (if (param i32) (result i32) (local.get $n)
        (then (local.get $n) (i32.add) (i32.sub (local.get $n) (i32.const 1)) (br $l))
        (else)))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x58]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000080
;;     1e: mov     r10d,[rbp+0x10]
;;     23: push    0
;;     25: push    r10
;;     27: mov     r11,[r14]
;;     2c: cmp     dword ptr [r11+0x14],0
;;     35: jne     0x00000000000000D3
;;     3b: mov     r10d,[rbp-0x18]
;;     40: lea     rsp,[rsp+8]
;;     45: test    r10d,r10d
;;     48: je      0x0000000000000073
;;     4e: mov     eax,[rbp-0x10]
;;     53: lea     rsp,[rsp+8]
;;     58: add     eax,r10d
;;     5b: lea     ecx,[r10-1]
;;     60: lea     rsp,[rbp-0x18]
;;     64: mov     [rbp-0x10],rax
;;     69: mov     [rbp-0x18],rcx
;;     6e: jmp     0x0000000000000027
;;     73: mov     eax,[rbp-0x10]
;;     78: lea     rsp,[rbp-8]
;;     7c: leave
;;     7d: ret     8
;;     80: cmp     dword ptr [r11+0x14],0
;;     89: jne     0x000000000000009F
;;     8f: cmp     rax,[r11+0x38]
;;     94: jb      0x00000000000000B9
;;     9a: jmp     0x000000000000001E
;;     9f: mov     r11,[r14]
;;     a4: mov     qword ptr [r11+0x18],0x25
;;     ad: mov     eax,0xA
;;     b3: mov     rsp,[r11+8]
;;     b8: ret
;;     b9: mov     r11,[r14]
;;     be: mov     qword ptr [r11+0x18],0x25
;;     c7: mov     eax,9
;;     cd: mov     rsp,[r11+8]
;;     d2: ret
;;     d3: mov     r11,[r14]
;;     d8: mov     qword ptr [r11+0x18],0x2A
;;     e1: mov     eax,0xA
;;     e7: mov     rsp,[r11+8]
;;     ec: ret
