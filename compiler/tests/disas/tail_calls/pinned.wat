;; A function that pins locals to callee-saved registers restores them before a tail
;; call, as its epilogue would.

(module
  (func $g (param i32) (result i32) (local.get 0))
  (func (export "f") (param $n i32) (result i32)
    (local $a i32) (local $b i32)
    (loop $l
      (local.set $a (i32.add (local.get $a) (local.get $n)))
      (local.set $b (i32.xor (local.get $b) (local.get $a)))
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (br_if $l (local.get $n)))
    (return_call $g (i32.add (local.get $a) (local.get $b)))))

;; function 0, sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000027
;;     1e: mov     eax,[rbp+0x10]
;;     23: leave
;;     24: ret     8
;;     27: cmp     dword ptr [r11+0x14],0
;;     30: jne     0x0000000000000046
;;     36: cmp     rax,[r11+0x38]
;;     3b: jb      0x0000000000000060
;;     41: jmp     0x000000000000001E
;;     46: mov     r11,[r14]
;;     4b: mov     qword ptr [r11+0x18],0x20
;;     54: mov     eax,0xA
;;     5a: mov     rsp,[r11+8]
;;     5f: ret
;;     60: mov     r11,[r14]
;;     65: mov     qword ptr [r11+0x18],0x20
;;     6e: mov     eax,9
;;     74: mov     rsp,[r11+8]
;;     79: ret

;; function 1 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x88]
;;     13: cmp     rax,[r11]
;;     18: jb      0x00000000000000B6
;;     1e: push    rbx
;;     20: push    r12
;;     22: push    r13
;;     24: xor     eax,eax
;;     26: push    rax
;;     27: push    rax
;;     28: mov     ebx,[rbp+0x10]
;;     2d: xor     r12d,r12d
;;     30: xor     r13d,r13d
;;     33: mov     r11,[r14]
;;     38: cmp     dword ptr [r11+0x14],0
;;     41: jne     0x0000000000000109
;;     47: add     r12d,ebx
;;     4a: xor     r13d,r12d
;;     4d: sub     ebx,1
;;     51: test    ebx,ebx
;;     54: jne     0x0000000000000033
;;     5a: mov     rax,r12
;;     5d: add     eax,r13d
;;     60: push    rax
;;     62: push    qword ptr [rbp+8]
;;     67: push    qword ptr [rbp]
;;     6c: mov     rbx,[rbp-0x10]
;;     71: mov     r12,[rbp-0x18]
;;     76: mov     r13,[rbp-0x20]
;;     7b: mov     r11,[rbp-0x38]
;;     80: mov     [rbp+0x10],r11
;;     85: mov     r11,[rbp-0x40]
;;     8a: mov     [rbp+8],r11
;;     8f: mov     r11,[rbp-0x48]
;;     94: mov     [rbp],r11
;;     99: lea     rsp,[rbp]
;;     9d: pop     rbp
;;     9e: jmp     0xFFFFFFFFFFFFFF80
;;     a3: mov     rbx,[rbp-0x10]
;;     a8: mov     r12,[rbp-0x18]
;;     ad: mov     r13,[rbp-0x20]
;;     b2: leave
;;     b3: ret     8
;;     b6: cmp     dword ptr [r11+0x14],0
;;     bf: jne     0x00000000000000D5
;;     c5: cmp     rax,[r11+0x38]
;;     ca: jb      0x00000000000000EF
;;     d0: jmp     0x000000000000001E
;;     d5: mov     r11,[r14]
;;     da: mov     qword ptr [r11+0x18],0x25
;;     e3: mov     eax,0xA
;;     e9: mov     rsp,[r11+8]
;;     ee: ret
;;     ef: mov     r11,[r14]
;;     f4: mov     qword ptr [r11+0x18],0x25
;;     fd: mov     eax,9
;;    103: mov     rsp,[r11+8]
;;    108: ret
;;    109: mov     r11,[r14]
;;    10e: mov     qword ptr [r11+0x18],0x28
;;    117: mov     eax,0xA
;;    11d: mov     rsp,[r11+8]
;;    122: ret
